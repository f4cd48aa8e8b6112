package scenario;

public enum Status { OPEN, PENDING, CLOSED }
