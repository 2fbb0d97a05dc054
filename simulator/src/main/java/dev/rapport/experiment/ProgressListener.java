package dev.rapport.experiment;

/** Told as runs finish, so that a front end can show progress; called from the writing thread. */
public interface ProgressListener {
    ProgressListener NONE = new ProgressListener() {
        @Override
        public void start(int totalRuns) {
        }

        @Override
        public void runFinished(String strategy, int replication) {
        }

        @Override
        public void end() {
        }
    };

    void start(int totalRuns);

    void runFinished(String strategy, int replication);

    void end();
}
