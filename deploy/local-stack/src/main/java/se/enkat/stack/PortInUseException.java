package se.enkat.stack;

/** A port the stack needs is taken; the message names the port and the variable that moves it. */
public class PortInUseException extends StackException {

  public PortInUseException(StackPort port, int number) {
    super(
        "Port "
            + number
            + " ("
            + port.label()
            + ") is already in use on 127.0.0.1. Stop whatever listens there, or set "
            + port.envVar()
            + " to a free port.");
  }
}
