package se.enkat.questionnaire.eval;

import se.enkat.questionnaire.TestQuestionnaires;
import se.enkat.questionnaire.model.OrganisationType;

/** A questionnaire using every type and kind of rule, and organisations to answer it. */
final class EvaluatorFixtures {

  static final Organisation REGION = new Organisation("23", OrganisationType.REGION, "23");
  static final Organisation MUNICIPALITY =
      new Organisation("2380", OrganisationType.MUNICIPALITY, "23");

  static final CompiledQuestionnaire ALL_TYPES =
      CompiledQuestionnaire.compile(
          TestQuestionnaires.withQuestions(
              """
              [ {"id": "a", "type": "yes_no_dontknow"},
                {"id": "a.follow", "type": "yes_no", "relevant": "answers['a'] == 'yes'"},
                {"id": "a.follow.deeper", "type": "yes_no", "required": false,
                 "relevant": "!('a.follow' in answers) || answers['a.follow'] == 'yes'"},
                {"id": "level", "type": "single_choice", "required": false,
                 "choices": [{"value": "political", "label": {"sv": "P", "en": "P"}},
                             {"value": "official", "label": {"sv": "T", "en": "O"}}]},
                {"id": "kinds", "type": "multi_choice", "required": false,
                 "choices": [{"value": "x", "label": {"sv": "X", "en": "X"}},
                             {"value": "y", "label": {"sv": "Y", "en": "Y"}},
                             {"value": "z", "label": {"sv": "Z", "en": "Z"}}]},
                {"id": "staff", "type": "integer", "min": 0, "max": 1000, "required": false,
                 "constraint": "answers['staff'] % 2 == 0",
                 "constraintMessage": {"sv": "Ange ett jämnt antal", "en": "Give an even number"}},
                {"id": "staff.many", "type": "yes_no", "relevant": "answers['staff'] > 100"},
                {"id": "share", "type": "decimal", "min": 0, "max": 1, "required": false},
                {"id": "share.high", "type": "yes_no", "relevant": "answers['share'] > 0.5"},
                {"id": "share.any", "type": "yes_no", "relevant": "answers['share'] > 0"},
                {"id": "note", "type": "text", "maxLength": 5, "required": false},
                {"id": "since", "type": "date", "required": false},
                {"id": "explain", "type": "text", "required": "answers['a'] == 'dont_know'"},
                {"id": "regions.only", "type": "yes_no", "appliesTo": ["REGION"]},
                {"id": "jamtland", "type": "yes_no", "relevant": "org.county == '23'",
                 "required": false} ]
              """));

  private EvaluatorFixtures() {}
}
