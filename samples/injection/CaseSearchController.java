package uk.gov.justice.samples;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Case search endpoints (sample; deliberately insecure). */
@RestController
public class CaseSearchController {
  private final JdbcTemplate jdbcTemplate;

  public CaseSearchController(JdbcTemplate jdbcTemplate) {
    this.jdbcTemplate = jdbcTemplate;
  }

  @GetMapping("/cases")
  public List<Map<String, Object>> search(@RequestParam String surname) {
    // SQL injection: the surname is concatenated into the query.
    return jdbcTemplate.queryForList("SELECT * FROM cases WHERE surname = '" + surname + "'");
  }

  @GetMapping("/cases/safe")
  public List<Map<String, Object>> searchSafely(@RequestParam String surname) {
    // Safe look-alike: the value is passed as an argument for the placeholder.
    return jdbcTemplate.queryForList("SELECT * FROM cases WHERE surname = ?", surname);
  }

  @GetMapping("/cases/{id}")
  public Map<String, Object> byId(@PathVariable Long id) {
    // Safe look-alike: a Long cannot carry SQL.
    return jdbcTemplate.queryForMap("SELECT * FROM cases WHERE id = " + id);
  }

  @GetMapping("/cases/archive")
  public void archive(@RequestParam String reference) throws IOException {
    // Command injection: sh -c runs the reference as part of a script.
    new ProcessBuilder("sh", "-c", "tar czf /tmp/archive.tgz /srv/cases/" + reference).start();
    // Safe look-alike: the program and its arguments are separate strings.
    new ProcessBuilder("tar", "czf", "/tmp/archive.tgz", "/srv/cases/" + reference).start();
  }
}
