package org.cityreports.search.control;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The index is derived data: nothing found in its directory keeps the application from starting. */
class SearchIndexOpeningTest {

    @Test
    void anIndexThatCannotBeReadIsBuiltAnew(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("segments_1"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        SearchIndex index = new SearchIndex();
        index.openAt(dir);
        index.close();
        try (DirectoryReader rebuilt = DirectoryReader.open(FSDirectory.open(dir))) {
            assertEquals(0, rebuilt.numDocs(), "an empty index in its place, for the first sync to fill");
        }
    }

    @Test
    void aDirectoryHeldByAnotherInstanceLeavesThisOneAnIndexInMemory(@TempDir Path dir) throws Exception {
        SearchIndex first = new SearchIndex();
        first.openAt(dir);
        SearchIndex second = new SearchIndex();
        second.openAt(dir); // would throw LockObtainFailedException without the fallback
        second.close();
        first.close();
        assertTrue(Files.exists(dir.resolve("write.lock")));
    }
}
