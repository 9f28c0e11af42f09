package org.fieldbook.profile;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.area.IndexArea;
import org.fieldbook.note.Note;
import org.fieldbook.note.NoteKind;
import org.fieldbook.profile.report.ReportService;
import org.fieldbook.stakeholder.Stakeholder;
import org.fieldbook.stakeholder.StakeholderCategory;
import org.fieldbook.visit.Meeting;
import org.fieldbook.visit.MeetingFormat;
import org.fieldbook.visit.Visit;

/** A visit with a written profile, meetings, stakeholders and notes, and a fake INDEX results source. */
public final class ProfileFixture {
    public static final String RICH_MARKDOWN = """
            The city has **grown fast** since 2000 and is *proud* of it.

            ## Key facts

            - first point
            - second point with a [link](https://www.coe.int/interculturalcities)
              - nested point

            1. one
            2. two
            3. three

            > Diversity is our strength. <!-- source:abc123 -->

            | District | Share |
            | --- | ---: |
            | North | 12% |
            | South | 30% |
            """;

    private ProfileFixture() {
    }

    /** Results for every area: self = 40 + order, verified = 35 + order, sample = 50 (order from the catalog). */
    public static IndexResultsSource fakeResults(Services s) {
        List<IndexArea> areas = s.areas().list();
        return new IndexResultsSource() {
            @Override
            public List<AreaResult> results(String visitId) {
                List<AreaResult> out = new ArrayList<>();
                for (IndexArea a : areas) {
                    out.add(new AreaResult(a.id(), a.titleEn(), a.titleFr(), 40.0 + a.order(), 35.0 + a.order(), 50.0));
                }
                return out;
            }

            @Override
            public java.util.Optional<IndexSummary> summary(String visitId) {
                return java.util.Optional.of(new IndexSummary(62.0, 58.0, 60.0, 17, 93));
            }
        };
    }

    public static ReportService reports(Services s, IndexResultsSource source) {
        return new ReportService(s.cities(), s.visits(), s.meetings(), s.stakeholders(), s.profile(), s.recommendations(), source);
    }

    public static Visit richVisit(Services s) {
        Visit v = TestWorkspace.visit(s, "Testville");
        Meeting m1 = s.meetings().create(new Meeting(null, v.id(), v.start(), LocalTime.of(9, 0), LocalTime.of(10, 30),
                "Meeting with the mayor", "City hall", MeetingFormat.MEETING));
        Meeting m2 = s.meetings().create(new Meeting(null, v.id(), v.start(), LocalTime.of(14, 0), LocalTime.of(16, 0),
                "World Café with civil society", "Library", MeetingFormat.PUBLIC_EVENT));
        Stakeholder mayor = s.stakeholders().create(new Stakeholder(null, v.cityId(), "Ada Mayor", "City of Testville", "Mayor",
                StakeholderCategory.CITY_LEADERSHIP, "", "", true));
        Stakeholder ngo = s.stakeholders().create(new Stakeholder(null, v.cityId(), "Bo Private", "Welcome Association", "Chair",
                StakeholderCategory.MIGRANT_ASSOCIATION, "", "", false));
        s.meetings().addAttendee(m1.id(), mayor.id());
        s.meetings().addAttendee(m2.id(), ngo.id());
        s.meetings().addAttendee(m2.id(), mayor.id());
        s.notes().save(new Note(null, v.id(), m1.id(), NoteKind.QUOTE, "We want every child to feel at home.", mayor.id(), "",
                List.of("education")));
        s.notes().save(new Note(null, v.id(), m2.id(), NoteKind.QUOTE, "Nobody asked us before.", ngo.id(), "",
                List.of("education", "participation")));
        s.notes().save(new Note(null, v.id(), m2.id(), NoteKind.GOOD_PRACTICE, "Neighbourhood mediators in the North district.",
                null, "", List.of("mediation")));
        s.notes().save(new Note(null, v.id(), m2.id(), NoteKind.RECOMMENDATION_IDEA, "Publish the action plan in five languages.",
                null, "", List.of("language")));
        List<ProfileSection> sections = s.profile().structure(v.id());
        for (ProfileSection sec : sections) {
            if (sec.key().equals("summary")) {
                s.profile().saveBody(sec.id(), RICH_MARKDOWN);
            } else if (sec.kind() == SectionKind.AREA) {
                s.profile().saveBody(sec.id(), "Findings on " + sec.titleEn() + ": the city has made **progress**.");
            }
        }
        s.recommendations().add(new Recommendation(null, v.id(), 0, "Adopt an intercultural strategy.", Priority.HIGH, "commitment"));
        s.recommendations().add(new Recommendation(null, v.id(), 0, "Train school staff.", Priority.MEDIUM, "education"));
        return v;
    }
}
