package dev.rapport.scenario;

import dev.rapport.scenario.bind.Doc;
import dev.rapport.scenario.bind.Scalar;

/**
 * How much simulated time one tick covers, in weeks: {@code week} (1), {@code day} (1/7), or a
 * positive number of weeks such as {@code 0.01} for validation runs that must approach continuous
 * time. Every rate in the model is per week, so the tick length is a numerical choice, not a
 * parameter of behaviour.
 */
@Doc("'week', 'day', or a number of weeks from 0.005952 (about an hour) to 4")
public record TickLength(double weeks) implements Scalar {
    /**
     * The shortest tick, about an hour (1/168 week, written as the decimal the reference shows):
     * far below the time scale of any rate in the model (the bundled validation runs use 0.01
     * week), and long enough that a horizon is not millions of ticks.
     */
    public static final double MIN_WEEKS = 0.005952;

    public TickLength {
        if (!(weeks >= MIN_WEEKS && weeks <= 4)) {
            throw new IllegalArgumentException("a tick is at least 0.005952 weeks (about an hour) and at most 4 weeks");
        }
    }

    public static TickLength parse(String text) {
        String t = text.trim().toLowerCase();
        return switch (t) {
            case "week" -> new TickLength(1.0);
            case "day" -> new TickLength(1.0 / 7.0);
            default -> {
                try {
                    yield new TickLength(Double.parseDouble(t));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("write 'week', 'day' or a number of weeks such as 0.5");
                }
            }
        };
    }

    @Override
    public String toYaml() {
        if (weeks == 1.0) {
            return "week";
        }
        if (weeks == 1.0 / 7.0) {
            return "day";
        }
        return String.valueOf(weeks);
    }
}
