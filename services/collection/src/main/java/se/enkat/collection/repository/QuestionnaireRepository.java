package se.enkat.collection.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import se.enkat.collection.domain.QuestionnaireVersion;

/** Stored questionnaire versions, by id and version. */
@ApplicationScoped
public class QuestionnaireRepository
    implements PanacheRepositoryBase<QuestionnaireVersion, QuestionnaireVersion.Key> {}
