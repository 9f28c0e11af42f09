package org.fieldbook.index.definition;

import org.fieldbook.index.sample.SampleReader;

/** Child process for {@link CanonicalReferenceDataTest}: prints the stored forms of the bundled reference data. */
public final class CanonicalJsonChild {
    private CanonicalJsonChild() {
    }

    public static void main(String[] args) {
        System.out.println(QuestionnaireRepository.sha256(DefinitionReader.toJson(DefinitionReader.sample())));
        System.out.println(QuestionnaireRepository.sha256(SampleReader.toJson(SampleReader.demo())));
    }
}
