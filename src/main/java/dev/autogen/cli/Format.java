package dev.autogen.cli;

/** Output format of the status commands. */
enum Format { TEXT, JSON }
