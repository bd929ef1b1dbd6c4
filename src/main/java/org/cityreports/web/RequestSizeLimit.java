package org.cityreports.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses request bodies over the limit with 413 before anything reads them: at once when the
 * declared length says so, or as soon as a body without one (chunked) goes past it. Forms are
 * small; only uploads (the data archive) may be larger.
 */
@Provider
@PreMatching
public class RequestSizeLimit implements ContainerRequestFilter {

    static final long FORM_LIMIT = 1L << 20;
    static final long UPLOAD_LIMIT = 32L << 20;

    @Override
    public void filter(ContainerRequestContext request) {
        long limit =
                MediaType.MULTIPART_FORM_DATA_TYPE.isCompatible(request.getMediaType()) ? UPLOAD_LIMIT : FORM_LIMIT;
        if (request.getLength() > limit) {
            throw tooLarge();
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Limited(request.getEntityStream(), limit));
        }
    }

    private static Refusal tooLarge() {
        return new Refusal(413, "error.413");
    }

    /** Counts what is read and refuses the byte past the limit. */
    private static final class Limited extends FilterInputStream {
        private long left;

        Limited(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            left -= n;
            if (left < 0) {
                throw tooLarge();
            }
        }
    }
}
