package io.ehc.shared.db;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import org.junit.jupiter.api.Test;

class EmbeddedDatabasePortTest {
    @Test
    void aPortSomethingListensOnIsTakenAndAClosedOnesLingeringConnectionsAreNot() throws Exception {
        int port;
        try (ServerSocket listener = new ServerSocket()) {
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            port = listener.getLocalPort();
            int taken = port;
            assertThatThrownBy(() -> EmbeddedDatabase.requireFree(taken))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("taken");
            // A connection closed by the listening side first leaves that side's socket in TIME_WAIT on the port.
            try (Socket client = new Socket(InetAddress.getLoopbackAddress(), port);
                    Socket accepted = listener.accept()) {
                accepted.close();
                client.getInputStream().read();
            }
        }
        int free = port;
        assertThatCode(() -> EmbeddedDatabase.requireFree(free)).doesNotThrowAnyException();
    }
}
