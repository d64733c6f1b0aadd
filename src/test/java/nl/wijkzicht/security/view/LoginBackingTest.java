package nl.wijkzicht.security.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginBackingTest {

  @Test
  void returnsOnlyToPathsInsideTheApplication() {
    assertThat(LoginBacking.safeTarget("/admin/users.xhtml")).isEqualTo("/admin/users.xhtml");
    assertThat(LoginBacking.safeTarget("/provider/show.xhtml?id=3"))
        .isEqualTo("/provider/show.xhtml?id=3");
    assertThat(LoginBacking.safeTarget("//evil.example/x")).isEqualTo("/start.xhtml");
    assertThat(LoginBacking.safeTarget("https://evil.example/")).isEqualTo("/start.xhtml");
    assertThat(LoginBacking.safeTarget("/\\evil.example")).isEqualTo("/start.xhtml");
    assertThat(LoginBacking.safeTarget(null)).isEqualTo("/start.xhtml");
    assertThat(LoginBacking.safeTarget("/login.xhtml")).isEqualTo("/start.xhtml");
    assertThat(LoginBacking.safeTarget("/login/code.xhtml"))
        .as("a login step")
        .isEqualTo("/start.xhtml");
  }
}
