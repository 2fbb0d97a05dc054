package dev.rapport.experiment.analysis;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The boxes PRIM went through, from the box around all points, through each peel, to each paste:
 * coverage falls and density rises along the peeling, and the analyst picks the trade-off.
 */
public record PrimTrajectory(List<PrimBox> boxes) {
    public PrimTrajectory {
        boxes = List.copyOf(boxes);
        if (boxes.isEmpty()) {
            throw new IllegalArgumentException("a PRIM trajectory has at least its first box");
        }
    }

    /** The box at a step of the trajectory (a user's pick). */
    public PrimBox box(int step) {
        return boxes.get(step);
    }

    /** The last box: the densest peeled box, after any pasting. */
    public PrimBox last() {
        return boxes.get(boxes.size() - 1);
    }

    /**
     * The box with the most coverage among those with a density of at least {@code minimumDensity}
     * (the denser on equal coverage): the widest description of the points of interest that is
     * still mostly right. Empty if no box is that dense.
     */
    public Optional<PrimBox> widestWithDensity(double minimumDensity) {
        return boxes.stream()
                .filter(box -> box.density() >= minimumDensity)
                .max(Comparator.comparingDouble(PrimBox::coverage).thenComparingDouble(PrimBox::density));
    }
}
