package org.fieldbook.demo;

import java.util.List;
import java.util.Random;
import org.fieldbook.note.NoteKind;

/** Turns an area's sentences into note text for a given kind, with varied lead-ins, numbers and light Markdown. */
final class NoteComposer {
    private static final List<String> OBSERVATION_FRAMES = List.of("%s", "%s", "Seen on site: %s",
            "%s\n\n_To compare with the city's INDEX answer._", "Heard twice today: %s");
    private static final List<String> GOOD_PRACTICE_FRAMES = List.of("**Good practice.** %s",
            "%s Worth citing in the profile as a transferable practice.",
            "%s\n\nStarted by a small team, now part of the regular budget.");
    private static final List<String> CONCERN_FRAMES = List.of("%s", "**Concern:** %s The INDEX answer may be too generous here.",
            "%s Several people raised it independently.");
    private static final List<String> IDEA_FRAMES = List.of("Idea for the profile: %s",
            "%s\n\n- check what comparable ICC cities did\n- discuss with the coordinator before the press debriefing",
            "Possible recommendation: %s");
    private static final List<String> FOLLOW_UP_FRAMES = List.of("Follow-up: %s", "- [ ] %s", "%s (before the draft profile is sent)");

    private final Random random;

    NoteComposer(Random random) {
        this.random = random;
    }

    String compose(AreaTexts.Pool pool, NoteKind kind, int round) {
        String text = switch (kind) {
            case OBSERVATION -> frame(OBSERVATION_FRAMES, pool.observations().get(round % pool.observations().size()), round);
            case GOOD_PRACTICE -> frame(GOOD_PRACTICE_FRAMES, pool.goodPractice(), round);
            case CONCERN -> frame(CONCERN_FRAMES, pool.concern(), round);
            case QUOTE -> pool.quote();
            case RECOMMENDATION_IDEA -> frame(IDEA_FRAMES, pool.recommendation(), round);
            case FOLLOW_UP -> frame(FOLLOW_UP_FRAMES, pool.followUp(), round);
        };
        return fill(text);
    }

    private String frame(List<String> frames, String sentence, int round) {
        return String.format(frames.get((round + random.nextInt(frames.size())) % frames.size()), sentence);
    }

    private String fill(String text) {
        return text.replace("{year}", String.valueOf(2016 + random.nextInt(8)))
                .replace("{n}", String.valueOf(3 + random.nextInt(140)))
                .replace("{p}", String.valueOf(4 + random.nextInt(40)));
    }
}
