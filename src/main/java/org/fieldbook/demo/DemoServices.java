package org.fieldbook.demo;

import org.fieldbook.area.AreaCatalog;
import org.fieldbook.attachment.AttachmentRepository;
import org.fieldbook.index.IndexServices;
import org.fieldbook.note.NoteRepository;
import org.fieldbook.profile.EvidenceService;
import org.fieldbook.profile.ProfileService;
import org.fieldbook.profile.RecommendationRepository;
import org.fieldbook.stakeholder.StakeholderRepository;
import org.fieldbook.store.Database;
import org.fieldbook.visit.CityRepository;
import org.fieldbook.visit.MeetingRepository;
import org.fieldbook.visit.VisitRepository;

/** The repositories and services the demo writes through, handed in by the wiring ({@code app.Services#demo}). */
public record DemoServices(Database db, AreaCatalog areas, CityRepository cities, VisitRepository visits,
                           StakeholderRepository stakeholders, MeetingRepository meetings, NoteRepository notes,
                           AttachmentRepository attachments, IndexServices index, ProfileService profile,
                           RecommendationRepository recommendations, EvidenceService evidence) {
}
