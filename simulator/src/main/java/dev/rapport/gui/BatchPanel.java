package dev.rapport.gui;

import java.awt.BorderLayout;
import java.awt.Font;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;

/**
 * The "Run as batch" window: one button that runs the scenario as {@code rapport run} would
 * ({@link BatchLauncher}), in the background, and shows what it prints.
 */
final class BatchPanel {
    private BatchPanel() {
    }

    static JFrame frame(BatchLauncher launcher, java.util.function.Supplier<WatchedRun> watched) {
        JTextArea output = new JTextArea(12, 80);
        output.setEditable(false);
        output.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 12));
        JButton button = new JButton("Run as batch (rapport run, every strategy and replication)");
        button.addActionListener(e -> {
            button.setEnabled(false);
            output.setText("");
            Thread worker = new Thread(() -> {
                String end;
                try {
                    BatchLauncher.Result result = launcher.run(watched.get(),
                            line -> SwingUtilities.invokeLater(() -> output.append(line + "\n")));
                    end = result.exitCode() == 0 ? "Results in " + result.folder()
                            : "rapport run stopped with exit code " + result.exitCode() + "; see above";
                } catch (java.io.IOException ex) {
                    end = "could not start rapport run: " + ex.getMessage();
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                    end = "interrupted";
                }
                String message = end;
                SwingUtilities.invokeLater(() -> {
                    output.append(message + "\n");
                    button.setEnabled(true);
                });
            }, "rapport-batch");
            worker.setDaemon(true);
            worker.start();
        });
        JFrame frame = new JFrame("Rapport: run as batch");
        frame.getContentPane().add(button, BorderLayout.NORTH);
        frame.getContentPane().add(new JScrollPane(output), BorderLayout.CENTER);
        frame.pack();
        return frame;
    }
}
