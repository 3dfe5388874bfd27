package io.gemlink.web.dashboard;

import java.util.List;

/** A role's setup steps in order; the next step is the first one not done. */
public record Checklist(List<Step> steps) {

    public long done() {
        return steps.stream().filter(Step::done).count();
    }

    public boolean complete() {
        return done() == steps.size();
    }

    /** The first step not done, or null when all are. */
    public Step next() {
        return steps.stream().filter(s -> !s.done()).findFirst().orElse(null);
    }

    public boolean isNext(Step step) {
        return step.equals(next());
    }
}
