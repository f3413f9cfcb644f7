package se.enkat.stack;

/** A PostgreSQL server the stack does not start: only its roles and databases are created. */
public record ExternalPostgres(String superuser, String superpassword) {}
