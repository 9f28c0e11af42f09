package org.fieldbook.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fieldbook.area.AreaCatalog;
import org.fieldbook.area.IndexArea;
import org.fieldbook.profile.template.ProfileTemplate;
import org.fieldbook.profile.template.TemplateSection;
import org.fieldbook.store.Database;
import org.fieldbook.store.StoreException;

/**
 * A visit's profile: builds its sections from the template (findings in the questionnaire's area order),
 * saves section bodies with a revision each time, and restores old revisions as new ones.
 */
public final class ProfileService {
    private final Database db;
    private final ProfileSectionRepository sections;
    private final RevisionRepository revisions;
    private final AreaCatalog areas;
    /** The template, read when first needed (a command that writes no profile never parses it). */
    private final java.util.function.Supplier<ProfileTemplate> templateSource;
    private volatile ProfileTemplate template;

    public ProfileService(Database db, ProfileSectionRepository sections, RevisionRepository revisions, AreaCatalog areas,
                          java.util.function.Supplier<ProfileTemplate> template) {
        this.db = db;
        this.sections = sections;
        this.revisions = revisions;
        this.areas = areas;
        this.templateSource = template;
    }

    public ProfileTemplate template() {
        ProfileTemplate t = template;
        if (t == null) {
            synchronized (this) {
                if (template == null) {
                    template = templateSource.get();
                }
                t = template;
            }
        }
        return t;
    }

    /** The visit's sections, creating any the template lists that do not exist yet. */
    public List<ProfileSection> structure(String visitId) {
        List<ProfileSection> wanted = planned(visitId);
        db.write(c -> {
            for (ProfileSection s : wanted) {
                if (!sections.exists(c, s.id())) {
                    sections.insert(c, s);
                }
            }
            return null;
        });
        return sections.forVisit(visitId);
    }

    private List<ProfileSection> planned(String visitId) {
        List<ProfileSection> out = new ArrayList<>();
        List<IndexArea> areaList = areas.list();
        int ord = 0;
        for (TemplateSection t : template().sections()) {
            if (ProfileTemplate.AREAS.equals(t.kind())) {
                for (IndexArea a : areaList) {
                    String key = t.key() + "." + a.id();
                    out.add(new ProfileSection(ProfileSectionRepository.sectionId(visitId, key), visitId, key, ++ord * 10,
                            t.level(), SectionKind.AREA, a.id(), a.titleEn(), a.titleFr(), "", SectionStatus.TO_WRITE, "", ""));
                }
            } else {
                out.add(new ProfileSection(ProfileSectionRepository.sectionId(visitId, t.key()), visitId, t.key(), ++ord * 10,
                        t.level(), SectionKind.of(t.kind()), null, t.title("en"), t.title("fr"), "", SectionStatus.TO_WRITE, "", ""));
            }
        }
        return out;
    }

    /** Guidance text for a section from the template, in the given language. */
    public String guidance(ProfileSection s, String lang) {
        String key = s.kind() == SectionKind.AREA ? s.key().substring(0, s.key().lastIndexOf('.')) : s.key();
        return template().sections().stream().filter(t -> t.key().equals(key)).findFirst().map(t -> t.guidance(lang)).orElse("");
    }

    /** The INDEX areas in the questionnaire's order. */
    public List<IndexArea> areas() {
        return areas.list();
    }

    public List<ProfileSection> sections(String visitId) {
        return sections.forVisit(visitId);
    }

    public ProfileSection section(String sectionId) {
        return sections.find(sectionId).orElseThrow(() -> new StoreException("No profile section " + sectionId));
    }

    /**
     * Saves a section's body. When it changed, the section record is updated (only its body field) and a
     * revision is added in the same transaction; returns whether anything changed.
     */
    public boolean saveBody(String sectionId, String body) {
        return saveBody(sectionId, body, 0L).changed();
    }

    /** What a save of a section's body did: whether anything changed, and the section as stored after it. */
    public record BodySave(boolean changed, ProfileSection section) {
    }

    /**
     * Saves a section's body typed from the section read at {@code revision} (the editor keeps the revision of what
     * it loaded; 0: unknown): on the shared office database the edit is merged from exactly that version. Returns the
     * section as this write stored it (read in the same transaction, so its revision is this write's, never a
     * colleague's later one): the editor's next save starts from it.
     */
    public BodySave saveBody(String sectionId, String body, long revision) {
        return saveBody(sectionId, body, Math.max(0, revision), "");
    }

    /** {@code revision} -1: the edit starts from the section as stored now (a restore chosen from its history). */
    private BodySave saveBody(String sectionId, String body, long revision, String note) {
        String text = body == null ? "" : body;
        return db.write(c -> {
            ProfileSection s = (revision < 0 ? sections.findForEdit(c, sectionId) : sections.find(c, sectionId))
                    .orElseThrow(() -> new StoreException("No profile section " + sectionId));
            Map<String, Object> fields = s.status() == SectionStatus.TO_WRITE && !text.isBlank()
                    ? Map.of("body", text, "status", SectionStatus.DRAFT.id()) : Map.of("body", text);
            if (!sections.update(c, sectionId, fields, revision < 0 ? s.revision() : revision)) {
                return new BodySave(false, s);
            }
            ProfileSection now = sections.find(c, sectionId).orElseThrow();
            // on a shared office database a colleague's concurrent edit may have been merged in: the revision holds
            // the text as stored
            revisions.add(c, s.visitId(), sectionId, sections.shared() ? now.body() : text, note);
            return new BodySave(true, now);
        });
    }

    public void setStatus(String sectionId, SectionStatus status) {
        setStatus(sectionId, status, 0);
    }

    /** Sets the status of the section read at {@code revision} (0: unknown). */
    public void setStatus(String sectionId, SectionStatus status, long revision) {
        db.write(c -> sections.update(c, sectionId, Map.of("status", status.id()), revision));
    }

    public void setOwner(String sectionId, String owner) {
        setOwner(sectionId, owner, 0);
    }

    /** Sets the owner of the section read at {@code revision} (0: unknown). */
    public void setOwner(String sectionId, String owner, long revision) {
        db.write(c -> sections.update(c, sectionId, Map.of("owner", owner == null ? "" : owner.trim()), revision));
    }

    /** Oldest first. */
    public List<Revision> history(String sectionId) {
        return revisions.forSection(sectionId);
    }

    public List<LineDiff.Line> diff(String olderRevisionId, String newerRevisionId) {
        return LineDiff.diff(revision(olderRevisionId).body(), revision(newerRevisionId).body());
    }

    /** Makes an old revision's text current again; this is itself a new revision (history is never cut). */
    public boolean restore(String sectionId, String revisionId) {
        Revision r = revision(revisionId);
        if (!r.sectionId().equals(sectionId)) {
            throw new IllegalArgumentException("Revision " + revisionId + " belongs to another section");
        }
        // from the section as stored now: the old text is then a change even when it equals a version seen earlier
        return saveBody(sectionId, r.body(), -1L, "restored " + r.savedAt() + " (" + r.author() + ")").changed();
    }

    private Revision revision(String id) {
        return revisions.find(id).orElseThrow(() -> new IllegalArgumentException("No revision " + id));
    }
}
