// Exhibit store (sample; deliberately insecure).
package uk.gov.justice.samples;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.io.FilenameUtils;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.client.RestTemplate;

@RestController
class ExhibitController {
    private static final Path STORE = Path.of("/srv/exhibits");
    private final RestTemplate restTemplate = new RestTemplate();

    @GetMapping("/exhibits")
    byte[] exhibit(@RequestParam String name) throws Exception {
        // Path traversal: the name is joined to the store as it came.
        byte[] raw = Files.readAllBytes(STORE.resolve(name));
        // Safe look-alike: only the file name is kept.
        return Files.readAllBytes(new File(STORE.toFile(), FilenameUtils.getName(name)).toPath());
    }

    @GetMapping("/exhibits/mirror")
    String mirror(@RequestParam String source, @RequestParam String id) {
        // SSRF: the caller picks the host; the safe look-alike fixes it.
        restTemplate.getForObject("https://exhibits.example.gov.uk/items/" + id, String.class);
        return restTemplate.getForObject(source, String.class);
    }

    @GetMapping("/exhibits/done")
    String done(@RequestParam String returnUrl) {
        // Open redirect through a Spring view name.
        return "redirect:" + returnUrl;
    }
}
