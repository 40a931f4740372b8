package dev.readiness.scan.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What a shell script is for, from its path and its commands. */
class ScriptsReaderTest {
  private static String kind(String path, String text) {
    return ScriptsReader.script(path, text).kind();
  }

  @Test
  void deployScriptsByNameOrByWhatTheyDo() {
    assertEquals("deploy", kind("scripts/deploy.sh", "#!/bin/sh\nset -e\n"));
    assertEquals("deploy", kind("ops/push-to-prod.sh", "#!/bin/sh\nkubectl apply -f k8s/\n"));
    assertEquals("deploy", kind("release.sh", "#!/bin/sh\nheroku container:release web\n"));
    assertEquals("other", kind("release.sh", "#!/bin/sh\ngit tag v$1 && git push --tags\n"));
    assertEquals("deploy", kind("install-app", "#!/bin/bash\nset -e\nsystemctl start docker\n"));
    assertEquals("deploy", kind("install.sh", "#!/bin/bash\ncurl -O compose.yml\ndocker compose up --detach\n"));
    assertEquals("other", kind("scripts/setup.sh", "#!/bin/bash\nnpm ci\npip install -r requirements.txt\n"));
  }

  @Test
  void processSupervisorsAndHelpersAreNotDeployScripts() {
    assertEquals("image", kind("app/rootfs/etc/s6-overlay/s6-rc.d/app/run", "#!/command/with-contenv bash\nexec app\n"));
    assertEquals("image", kind("image/base/etc/service/cron/run", "#!/bin/bash\nexec cron -f\n"));
    assertEquals("image", kind("image/base/sbin/boot", "#!/bin/bash\nexec runsvdir\n"));
    assertEquals("entrypoint", kind("scripts/entrypoint.sh", "#!/bin/sh\nexec \"$@\"\n"));
    assertEquals("entrypoint", kind("bin/docker-entrypoint", "#!/bin/bash\nexec \"$@\"\n"));
    assertEquals("other", kind("scripts/launcher-completion.bash", "_launcher() { COMPREPLY=(); }\n"));
    assertEquals("test", kind("scripts/release_smoke_test.sh", "#!/bin/sh\nset -e\n"));
    assertEquals("other", kind("stuff/bootstrap.sh", "#!/bin/sh\nlessc a.less\n"));
    assertEquals("other", kind(".ci/update_version", "#!/bin/sh\nsed -i s/a/b/ package.json\n"));
    assertEquals("start", kind("bin/run", "#!/bin/sh\nexec gunicorn app\n"));
    assertEquals("start", kind("start.sh", "#!/bin/sh\ndocker compose up -d\n"));
  }

  @Test
  void powershellIsNotAPosixShell() {
    assertEquals("powershell", ScriptsReader.script("extra/install.ps1", "Write-Host hi\n").shell());
  }
}
