package dev.rapport.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Result folders are made like any other folder, so colleagues can read them; one run at a time
 * writes a folder; {@code --force} replaces only a result folder.
 */
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

    @Test
    void d2_aFolderBeingWrittenIsRefusedToASecondRunUntilTheFirstEnds(@TempDir Path tmp) {
        Path out = tmp.resolve("conc");
        OutputFolder first = OutputFolder.prepare(out, false);
        try {
            OutputRefusedException e = assertThrows(OutputRefusedException.class, () -> OutputFolder.prepare(out, false));
            assertTrue(e.getMessage().contains("another rapport run (process " + ProcessHandle.current().pid()), e.getMessage());
        } finally {
            first.abandon();
        }
        assertFalse(Files.exists(tmp.resolve(".conc.lock")), "the lock file goes with the lock");
        OutputFolder second = OutputFolder.prepare(out, false);
        second.commit();
        second.abandon();
        assertTrue(Files.isDirectory(out));
    }

    @Test
    void d2_aKeptRunReleasesTheFolderToo(@TempDir Path tmp) {
        Path out = tmp.resolve("kept");
        OutputFolder first = OutputFolder.prepare(out, false);
        first.keep();
        first.abandon();
        assertTrue(Files.isDirectory(first.work()), "kept for --resume");
        OutputFolder second = OutputFolder.prepare(out, true);
        second.abandon();
    }

    /** Something that takes no lock made the folder during the run: the results go beside it, and say so. */
    @Test
    void d2_aFolderThatAppearedDuringTheRunIsNotReplaced(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("conc");
        OutputFolder folder = OutputFolder.prepare(out, false);
        Files.createDirectories(out);
        Files.writeString(out.resolve("theirs.txt"), "theirs");
        Files.writeString(folder.work().resolve("ours.txt"), "ours");
        folder.commit();
        folder.abandon();
        assertTrue(folder.movedAside());
        assertEquals(tmp.resolve("conc-2"), folder.target());
        assertEquals("theirs", Files.readString(out.resolve("theirs.txt")));
        assertEquals("ours", Files.readString(tmp.resolve("conc-2").resolve("ours.txt")));
    }

    @Test
    void d1_onlyAResultFolderOrAnEmptyOneIsReplaced(@TempDir Path tmp) throws IOException {
        Path mine = Files.createDirectories(tmp.resolve("mine"));
        Files.writeString(mine.resolve(ResultFiles.MANIFEST), "{}");
        OutputRefusedException e = assertThrows(OutputRefusedException.class, () -> OutputFolder.prepare(mine, true));
        assertTrue(e.getMessage().contains("not a Rapport result folder"), e.getMessage());
        assertFalse(ResultFolders.isResult(mine));

        Path scenario = Files.writeString(Files.createDirectories(tmp.resolve("inputs")).resolve("s.yaml"), "name: s");
        OutputRefusedException holds = assertThrows(OutputRefusedException.class,
                () -> OutputFolder.prepare(tmp.resolve("inputs"), true, List.of(scenario)));
        assertTrue(holds.getMessage().contains("which this run reads"), holds.getMessage());

        Path empty = Files.createDirectories(tmp.resolve("empty"));
        OutputFolder folder = OutputFolder.prepare(empty, true);
        folder.commit();
        folder.abandon();
        assertFalse(folder.movedAside());
        assertEquals(empty, folder.target());
    }

    /** The read-only case cannot be made for root (as the CLI test may run), so the wording is checked here. */
    @Test
    void d16_fileSystemRefusalsAreSaidInPlainWords() {
        assertEquals("permission denied", FileProblems.describe(new java.nio.file.AccessDeniedException("/r/.x.lock")));
        Path file = Path.of("pom.xml").toAbsolutePath();
        assertEquals(file + " is a file, not a folder",
                FileProblems.describe(new java.nio.file.FileAlreadyExistsException(file.toString())));
        assertEquals("read-only file system (/mnt/x)",
                FileProblems.describe(new java.nio.file.FileSystemException("/mnt/x", null, "Read-only file system")));
    }
}
