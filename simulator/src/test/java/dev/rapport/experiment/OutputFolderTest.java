package dev.rapport.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Result folders are made like any other folder, so colleagues can read them. */
class OutputFolderTest {

    @Test
    void aResultFolderHasThePermissionsOfAnOrdinaryFolder(@TempDir Path tmp) throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        // What the user's umask gives a folder made the ordinary way (rwxr-xr-x under umask 022).
        Path ordinary = Files.createDirectory(tmp.resolve("ordinary"));
        OutputFolder folder = OutputFolder.prepare(tmp.resolve("results"), false);
        Files.writeString(folder.work().resolve("file.txt"), "x");
        folder.commit();

        assertEquals(PosixFilePermissions.toString(Files.getPosixFilePermissions(ordinary)),
                PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("results"))),
                "not rwx------ as a temporary directory would be");
    }
}
