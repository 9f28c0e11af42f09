package org.fieldbook.profile.ui;

import java.util.List;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.fieldbook.area.IndexArea;
import org.fieldbook.profile.Priority;
import org.fieldbook.profile.ProfileService;
import org.fieldbook.profile.Recommendation;
import org.fieldbook.profile.RecommendationRepository;

/** The visit's recommendations list for the editor: load, add, remove (in the background). */
final class RecommendationsViewModel {
    private final RecommendationRepository repository;
    private final ProfileService profile;
    private final String visitId;
    private final Executor background;
    final ObservableList<Recommendation> items = FXCollections.observableArrayList();
    final ObservableList<IndexArea> areas = FXCollections.observableArrayList();

    RecommendationsViewModel(RecommendationRepository repository, ProfileService profile, String visitId, Executor background) {
        this.repository = repository;
        this.profile = profile;
        this.visitId = visitId;
        this.background = background;
    }

    void load() {
        background.execute(() -> {
            List<Recommendation> list = repository.forVisit(visitId);
            List<IndexArea> all = profile.areas();
            Platform.runLater(() -> {
                items.setAll(list);
                areas.setAll(all);
            });
        });
    }

    void add(String text, Priority priority, IndexArea area) {
        if (text == null || text.isBlank()) {
            return;
        }
        background.execute(() -> {
            repository.add(new Recommendation(null, visitId, 0, text, priority, area == null ? null : area.id()));
            List<Recommendation> list = repository.forVisit(visitId);
            Platform.runLater(() -> items.setAll(list));
        });
    }

    void remove(Recommendation r) {
        background.execute(() -> {
            repository.delete(r.id(), r.revision());
            List<Recommendation> list = repository.forVisit(visitId);
            Platform.runLater(() -> items.setAll(list));
        });
    }
}
