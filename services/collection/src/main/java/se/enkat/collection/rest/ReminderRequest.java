package se.enkat.collection.rest;

import java.util.List;

/** What an administrator asks for: reminders to these organisations' respondents (at least one). */
public record ReminderRequest(List<String> organisations) {}
