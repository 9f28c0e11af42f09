package org.fieldbook.app;

import java.nio.file.Path;
import org.fieldbook.attachment.AttachmentRepository;
import org.fieldbook.attachment.AttachmentStore;
import org.fieldbook.area.AreaCatalog;
import org.fieldbook.index.IndexServices;
import org.fieldbook.note.NoteRepository;
import org.fieldbook.profile.EvidenceService;
import org.fieldbook.profile.IndexResultsSource;
import org.fieldbook.profile.IndexScoreResults;
import org.fieldbook.profile.ProfileSectionRepository;
import org.fieldbook.profile.ProfileService;
import org.fieldbook.profile.RecommendationRepository;
import org.fieldbook.profile.RevisionRepository;
import org.fieldbook.profile.SourceLinkRepository;
import org.fieldbook.profile.report.ReportService;
import org.fieldbook.profile.template.ProfileTemplate;
import org.fieldbook.search.SearchService;
import org.fieldbook.stakeholder.StakeholderRepository;
import org.fieldbook.store.Database;
import org.fieldbook.store.Store;
import org.fieldbook.store.Tracker;
import org.fieldbook.trash.TrashService;
import org.fieldbook.sync.SyncService;
import org.fieldbook.visit.CityRepository;
import org.fieldbook.visit.MeetingRepository;
import org.fieldbook.visit.VisitRepository;
import org.fieldbook.visit.VisitService;
import org.fieldbook.demo.DemoGenerator;
import org.fieldbook.demo.DemoServices;

/**
 * Everything an open workspace offers, built by hand from its {@link Store}. The CLI, the desktop app and
 * the tests all start here. Closing it releases the workspace.
 */
public final class Services implements AutoCloseable {
    private final org.fieldbook.person.Retention retention;
    private final org.fieldbook.person.PersonalDataService person;
    private final Store store;
    private final CityRepository cities;
    private final VisitRepository visits;
    private final VisitService visitService;
    private final MeetingRepository meetings;
    private final StakeholderRepository stakeholders;
    private final NoteRepository notes;
    private final org.fieldbook.note.NoteReviewService noteReview;
    private final AttachmentRepository attachments;
    private final AreaCatalog areas;
    private final SearchService search;
    private final TrashService trash;
    private final IndexServices index;
    private final ProfileService profile;
    private final RecommendationRepository recommendations;
    private final EvidenceService evidence;
    private final ReportService reports;
    private final SyncService sync;

    public Services(Store store) {
        this.store = store;
        Database db = store.db();
        Tracker tracker = store.tracker();
        // two people editing one text at once on a shared office database: merged with the sync rules' line merge
        tracker.setTextMerger((base, theirs, ours) -> {
            org.fieldbook.sync.merge.LineMerge.Result r = org.fieldbook.sync.merge.LineMerge.merge(base, theirs, ours);
            return new Tracker.TextMerger.Merged(r.text(), r.conflict());
        });
        this.cities = new CityRepository(db, tracker);
        this.visits = new VisitRepository(db, tracker);
        this.meetings = new MeetingRepository(db, tracker);
        this.stakeholders = new StakeholderRepository(db, tracker);
        this.notes = new NoteRepository(db, tracker);
        this.noteReview = new org.fieldbook.note.NoteReviewService(db);
        this.attachments = new AttachmentRepository(db, tracker, new AttachmentStore(store.contents()));
        this.areas = new AreaCatalog(db);
        this.search = new SearchService(db);
        this.visitService = new VisitService(db, cities, visits, meetings, stakeholders, notes, areas);
        this.trash = new TrashService(db, notes, meetings, stakeholders, visits);
        this.index = new IndexServices(db, tracker, visits, cities, notes);
        this.sync = new SyncService(store, attachments.files());
        areas.seedIfEmpty();
        index.seedIfEmpty();
        this.profile = new ProfileService(db, new ProfileSectionRepository(db, tracker), new RevisionRepository(db, tracker),
                areas, ProfileTemplate::bundled);
        this.recommendations = new RecommendationRepository(db, tracker);
        this.evidence = new EvidenceService(db, notes, stakeholders, new SourceLinkRepository(db, tracker));
        IndexResultsSource indexResults = new IndexScoreResults(index, visits, cities);
        AttachmentStore attachmentFiles = attachments.files();
        this.person = new org.fieldbook.person.PersonalDataService(db, tracker, store.workspace().backups(),
                store.identity().workspaceId(), new org.fieldbook.person.AttachmentFiles() {
                    @Override
                    public java.util.Optional<byte[]> read(String sha256) {
                        try {
                            return attachmentFiles.has(sha256) ? java.util.Optional.of(attachmentFiles.read(sha256))
                                    : java.util.Optional.empty();
                        } catch (org.fieldbook.store.StoreException e) {
                            return java.util.Optional.empty();
                        }
                    }

                    @Override
                    public String write(byte[] bytes) {
                        return attachmentFiles.put(new java.io.ByteArrayInputStream(bytes)).sha256();
                    }

                    @Override
                    public void remove(String sha256) {
                        attachmentFiles.remove(sha256);
                    }
                });
        this.retention = new org.fieldbook.person.Retention(db, tracker);
        org.fieldbook.person.PersonalDataService people = this.person;
        sync.imports().addAfterImport(new org.fieldbook.sync.imports.AfterImport() {
            @Override
            public void imported(java.sql.Connection c, java.util.Map<String, java.util.Set<String>> touched) throws java.sql.SQLException {
                people.imported(c, touched);
            }

            @Override
            public void undone(java.sql.Connection c) throws java.sql.SQLException {
                people.undone(c);
            }

            @Override
            public void committed() {
                people.committed();
            }
        });
        this.reports = new ReportService(cities, visits, meetings, stakeholders, profile, recommendations, indexResults,
                lang -> org.fieldbook.person.Consent.withheld(db, lang));
    }

    public static Services open(Path folder) {
        return open(folder, System::currentTimeMillis);
    }

    /** Opens a workspace whose clock reads {@code wallClock} (tests run skewed laptops in one process). */
    public static Services open(Path folder, java.util.function.LongSupplier wallClock) {
        Store store = Store.open(folder, wallClock);
        try {
            return new Services(store);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /**
     * Opens an office workspace on PostgreSQL, with {@code localFolder} for this program's keys, logs and received files
     * (see {@link Store#open(org.fieldbook.store.PgLocation, Path, java.util.function.LongSupplier, java.util.function.Supplier)}).
     */
    public static Services open(org.fieldbook.store.PgLocation location, Path localFolder, java.util.function.LongSupplier wallClock,
                                java.util.function.Supplier<char[]> passwordPrompt) {
        Store store = Store.open(location, localFolder, wallClock, passwordPrompt);
        try {
            return new Services(store);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    public org.fieldbook.person.Retention retention() {
        return retention;
    }

    public org.fieldbook.person.PersonalDataService person() {
        return person;
    }

    public Store store() {
        return store;
    }

    /** The visit's multi-record use cases (visit with its city, meeting with its attendees) and the visit screen's read. */
    public VisitService visitService() {
        return visitService;
    }

    /** The demo generator, writing through this workspace's repositories and services. */
    public DemoGenerator demo() {
        return new DemoGenerator(new DemoServices(store.db(), areas, cities, visits, stakeholders, meetings, notes, attachments,
                index, profile, recommendations, evidence));
    }

    public CityRepository cities() {
        return cities;
    }

    public VisitRepository visits() {
        return visits;
    }

    public MeetingRepository meetings() {
        return meetings;
    }

    public StakeholderRepository stakeholders() {
        return stakeholders;
    }

    public NoteRepository notes() {
        return notes;
    }

    /** The review of all notes of a visit (filters, counts, whether the profile uses each note). */
    public org.fieldbook.note.NoteReviewService noteReview() {
        return noteReview;
    }

    public AttachmentRepository attachments() {
        return attachments;
    }

    public AreaCatalog areas() {
        return areas;
    }

    public SearchService search() {
        return search;
    }

    public TrashService trash() {
        return trash;
    }

    /** INDEX questionnaires, answers, verification, scores and sample statistics. */
    public IndexServices index() {
        return index;
    }

    public ProfileService profile() {
        return profile;
    }

    public RecommendationRepository recommendations() {
        return recommendations;
    }

    public EvidenceService evidence() {
        return evidence;
    }

    public ReportService reports() {
        return reports;
    }

    public SyncService sync() {
        return sync;
    }

    @Override
    public void close() {
        store.close();
    }
}
