package dev.readiness.score;

import java.util.List;

/** The phased plan: Immediate (HIGH gaps), Short-term (MEDIUM), Medium-term (LOW). */
public record Recommendations(List<Recommendation> immediate, List<Recommendation> shortTerm,
                              List<Recommendation> mediumTerm) {}
