package org.fieldbook.profile.report;

import java.util.List;
import java.util.Optional;
import org.fieldbook.area.IndexArea;
import org.fieldbook.profile.AreaResult;
import org.fieldbook.profile.IndexSummary;
import org.fieldbook.profile.ProfileSection;
import org.fieldbook.profile.Recommendation;
import org.fieldbook.visit.City;
import org.fieldbook.visit.Meeting;
import org.fieldbook.visit.Visit;

/** Everything one report is written from, read before the document is built. */
public record ReportData(City city, Visit visit, List<ProfileSection> sections, List<Recommendation> recommendations,
                         List<Meeting> programme, List<OrganisationMet> organisations, List<IndexArea> areas,
                         List<AreaResult> results, Optional<IndexSummary> summary) {

    /** An organisation that attended the visit's meetings, with its category id and how many meetings. */
    public record OrganisationMet(String name, String categoryId, int meetings) {
    }

    public Optional<AreaResult> result(String areaId) {
        return results.stream().filter(r -> r.areaId().equals(areaId)).findFirst();
    }

    public Optional<IndexArea> area(String areaId) {
        return areas.stream().filter(a -> a.id().equals(areaId)).findFirst();
    }
}
