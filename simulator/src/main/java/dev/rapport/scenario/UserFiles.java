package dev.rapport.scenario;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reading files a user names (a scenario, an edge list). Such a path may be a device such as
 * {@code /dev/zero} that never ends, or a pipe that waits for a writer, and its reported size may
 * be 0 or wrong; so only regular files are opened at all, and limits count the bytes actually read
 * rather than trusting the size.
 */
public final class UserFiles {
    private UserFiles() {
    }

    /**
     * What {@code file} is when it is not a regular file ({@code "a folder"}, or a device, pipe or
     * socket), or null when it is one. Symbolic links are followed. Opening nothing, it cannot block.
     *
     * @throws java.nio.file.NoSuchFileException when nothing is there
     */
    public static String notRegular(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (attributes.isRegularFile()) {
            return null;
        }
        return attributes.isDirectory() ? "a folder" : "a device, pipe or socket, not a regular file";
    }

    /**
     * Reads {@code file} up to {@code max} bytes and one more, so that a result longer than
     * {@code max} says the file is over the limit without reading the rest of it.
     */
    public static byte[] readAtMost(Path file, long max) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return readAtMost(in, max);
        }
    }

    /** Reads {@code in} up to {@code max} bytes and one more (see {@link #readAtMost(Path, long)}). */
    static byte[] readAtMost(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long left = max + 1;
        int n;
        while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0) {
            out.write(buffer, 0, n);
            left -= n;
        }
        return out.toByteArray();
    }

    /** Thrown by a {@link #limited} stream when more than its limit is read. */
    public static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(long limit) {
            super("more than " + limit + " bytes");
        }
    }

    /** {@code in}, failing with {@link TooLarge} once more than {@code max} bytes have been read from it. */
    static InputStream limited(InputStream in, long max) {
        return new java.io.FilterInputStream(in) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                count(Math.max(0, n));
                return n;
            }

            private void count(int n) throws TooLarge {
                read += n;
                if (read > max) {
                    throw new TooLarge(max);
                }
            }
        };
    }
}
