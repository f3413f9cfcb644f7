package se.enkat.collection.domain;

/** One respondent's address and name, to whom reminders of its organisation are sent. */
public record Contact(String email, String name) {}
