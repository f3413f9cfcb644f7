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

  /** A port of a second or later instance of a service. */
  public PortInUseException(ServiceSpec instance, int number) {
    super(
        "Port "
            + number
            + " ("
            + instance.name()
            + ", instance "
            + instance.instance()
            + " of "
            + instance.service()
            + ") is already in use on 127.0.0.1. Stop whatever listens there, or move the"
            + " service's instances with "
            + instance.port().envVar()
            + " (instance k listens on it + "
            + StackConfig.INSTANCE_PORT_STEP
            + " * (k - 1)).");
  }
}
