package org.fieldbook.index.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.fieldbook.index.answer.AnswerValue;
import org.fieldbook.index.definition.QuestionDefinition;
import org.fieldbook.index.verify.VerificationStatus;

/** One question on the verification screen: fixed texts, and the expert's editable verification. */
public final class QuestionRow {
    private final QuestionDefinition question;
    private final String number;
    private final String areaTitle;
    private final String cityAnswer;
    private final String cityEvidence;
    private final ObjectProperty<VerificationStatus> status = new SimpleObjectProperty<>(VerificationStatus.NOT_CHECKED);
    private final ObjectProperty<AnswerValue> verifiedValue = new SimpleObjectProperty<>();
    private final StringProperty rationale = new SimpleStringProperty("");
    private final ObservableList<LinkItem> links = FXCollections.observableArrayList();
    /** The stored revision of the verification shown (0: never stored); a save starts from that version. */
    private long revision;

    /** A linked piece of evidence as shown. */
    public record LinkItem(String linkId, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    long revision() {
        return revision;
    }

    void revision(long shown) {
        revision = shown;
    }

    QuestionRow(QuestionDefinition question, String number, String areaTitle, String cityAnswer, String cityEvidence) {
        this.question = question;
        this.number = number;
        this.areaTitle = areaTitle;
        this.cityAnswer = cityAnswer;
        this.cityEvidence = cityEvidence;
    }

    public QuestionDefinition question() {
        return question;
    }

    public String id() {
        return question.id();
    }

    public String areaId() {
        return question.area();
    }

    public String number() {
        return number;
    }

    public String areaTitle() {
        return areaTitle;
    }

    public String cityAnswer() {
        return cityAnswer;
    }

    public String cityEvidence() {
        return cityEvidence;
    }

    public ObjectProperty<VerificationStatus> statusProperty() {
        return status;
    }

    public VerificationStatus status() {
        return status.get();
    }

    public ObjectProperty<AnswerValue> verifiedValueProperty() {
        return verifiedValue;
    }

    public StringProperty rationaleProperty() {
        return rationale;
    }

    public ObservableList<LinkItem> links() {
        return links;
    }
}
