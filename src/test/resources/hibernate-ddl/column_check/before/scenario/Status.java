package scenario;

public enum Status { OPEN, CLOSED }
