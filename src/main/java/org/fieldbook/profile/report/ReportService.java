package org.fieldbook.profile.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.fieldbook.profile.IndexResultsSource;
import org.fieldbook.profile.ProfileMessages;
import org.fieldbook.profile.ProfileService;
import org.fieldbook.profile.RecommendationRepository;
import org.fieldbook.stakeholder.Stakeholder;
import org.fieldbook.stakeholder.StakeholderRepository;
import org.fieldbook.visit.City;
import org.fieldbook.visit.CityRepository;
import org.fieldbook.visit.Meeting;
import org.fieldbook.visit.MeetingRepository;
import org.fieldbook.visit.Visit;
import org.fieldbook.visit.VisitRepository;

/**
 * Exports a visit's profile as a Word document. The file appears only when complete (written next to the
 * target, then moved), so a failed export leaves any earlier file as it was.
 */
public final class ReportService {
    private final CityRepository cities;
    private final VisitRepository visits;
    private final MeetingRepository meetings;
    private final StakeholderRepository stakeholders;
    private final ProfileService profile;
    private final RecommendationRepository recommendations;
    private final IndexResultsSource results;
    private final java.util.function.Function<String, java.util.function.UnaryOperator<String>> consent;

    public ReportService(CityRepository cities, VisitRepository visits, MeetingRepository meetings, StakeholderRepository stakeholders,
                         ProfileService profile, RecommendationRepository recommendations, IndexResultsSource results) {
        this(cities, visits, meetings, stakeholders, profile, recommendations, results, lang -> java.util.function.UnaryOperator.identity());
    }

    /**
     * @param consent for a language, the filter every text of the report goes through so that people who did not
     *                agree to be named are not named (see {@code person.Consent})
     */
    public ReportService(CityRepository cities, VisitRepository visits, MeetingRepository meetings, StakeholderRepository stakeholders,
                         ProfileService profile, RecommendationRepository recommendations, IndexResultsSource results,
                         java.util.function.Function<String, java.util.function.UnaryOperator<String>> consent) {
        this.consent = consent;
        this.cities = cities;
        this.visits = visits;
        this.meetings = meetings;
        this.stakeholders = stakeholders;
        this.profile = profile;
        this.recommendations = recommendations;
        this.results = results;
    }

    /** Reads everything the report needs. */
    public ReportData load(String visitId) {
        Visit visit = visits.find(visitId).orElseThrow(() -> new IllegalArgumentException("No visit with id " + visitId));
        City city = cities.find(visit.cityId()).orElseThrow(() -> new IllegalArgumentException("The visit's city is missing"));
        List<Meeting> programme = meetings.forVisit(visitId);
        Map<String, int[]> count = new LinkedHashMap<>();
        Map<String, String> category = new LinkedHashMap<>();
        for (Meeting m : programme) {
            for (Stakeholder s : stakeholders.attendees(m.id()).stream().filter(s -> !s.organisation().isEmpty())
                    .collect(java.util.stream.Collectors.toMap(Stakeholder::organisation, s -> s, (a, b) -> a)).values()) {
                count.computeIfAbsent(s.organisation(), k -> new int[1])[0]++;
                category.putIfAbsent(s.organisation(), s.category().id());
            }
        }
        List<ReportData.OrganisationMet> orgs = count.entrySet().stream()
                .map(e -> new ReportData.OrganisationMet(e.getKey(), category.get(e.getKey()), e.getValue()[0]))
                .sorted(java.util.Comparator.comparing(o -> o.name().toLowerCase(java.util.Locale.ROOT))).toList();
        return new ReportData(city, visit, profile.structure(visitId), recommendations.forVisit(visitId), programme, orgs,
                profileAreas(), results.results(visitId), results.summary(visitId));
    }

    private List<org.fieldbook.area.IndexArea> profileAreas() {
        return profile.areas();
    }

    /** Writes the report; {@code template} may be null for Fieldbook's own. Returns the number of bytes written. */
    public long export(String visitId, Path out, String lang, Path template, ReportProgress progress) {
        ProfileMessages messages = ProfileMessages.forLanguage(lang);
        progress.update(0.02, "load");
        ReportData data = withheld(load(visitId), consent.apply(messages.french() ? "fr" : "en"));
        return write(data, out, messages, template, progress);
    }

    /** The report's texts (section titles and bodies, recommendations, meetings, organisations) through {@code f}. */
    static ReportData withheld(ReportData d, java.util.function.UnaryOperator<String> f) {
        List<org.fieldbook.profile.ProfileSection> sections = d.sections().stream().map(s -> new org.fieldbook.profile.ProfileSection(
                s.id(), s.visitId(), s.key(), s.order(), s.level(), s.kind(), s.areaId(), f.apply(s.titleEn()), f.apply(s.titleFr()),
                f.apply(s.body()), s.status(), s.owner(), s.lastAuthor())).toList();
        List<org.fieldbook.profile.Recommendation> recs = d.recommendations().stream().map(r -> new org.fieldbook.profile.Recommendation(
                r.id(), r.visitId(), r.order(), f.apply(r.text()), r.priority(), r.areaId())).toList();
        List<Meeting> programme = d.programme().stream().map(m -> new Meeting(m.id(), m.visitId(), m.day(), m.start(), m.end(),
                f.apply(m.title()), f.apply(m.place()), m.format())).toList();
        List<ReportData.OrganisationMet> orgs = d.organisations().stream().map(o -> new ReportData.OrganisationMet(f.apply(o.name()),
                o.categoryId(), o.meetings())).toList();
        return new ReportData(d.city(), d.visit(), sections, recs, programme, orgs, d.areas(), d.results(), d.summary());
    }

    /** Writes a report from data already loaded. */
    public static long write(ReportData data, Path out, ProfileMessages messages, Path template, ReportProgress progress) {
        Path target = out.toAbsolutePath();
        Path dir = target.getParent();
        try {
            Files.createDirectories(dir);
            Path tmp = dir.resolve("." + target.getFileName() + "." + System.nanoTime() + ".part");
            try {
                try (XWPFDocument doc = ReportWriter.build(data, messages, template, LocalDate.now(), progress);
                     OutputStream os = Files.newOutputStream(tmp)) {
                    progress.update(0.92, "save");
                    doc.write(os);
                }
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            progress.update(1.0, "done");
            return Files.size(target);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Cannot write " + target + ": " + e.getMessage(), e);
        }
    }
}
