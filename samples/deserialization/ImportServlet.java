package uk.gov.justice.visits;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.util.Map;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Imports visit slots sent by prison systems (sample; deliberately insecure). */
public class ImportServlet extends HttpServlet {
    private static final Yaml YAML = new Yaml();
    private static final Yaml SAFE_YAML = new Yaml(new SafeConstructor(new LoaderOptions()));

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // Java serialisation straight from the request body: any gadget on the classpath runs.
        try (ObjectInputStream in = new ObjectInputStream(request.getInputStream())) {
            response.getWriter().print(in.readObject());
        } catch (ClassNotFoundException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
    }

    Object readArchived(InputStream archive) throws IOException, ClassNotFoundException {
        // The safe look-alike: an allow-list filter on the stream (JEP 290).
        ObjectInputStream in = new ObjectInputStream(archive);
        in.setObjectInputFilter(ObjectInputFilter.Config.createFilter("uk.gov.justice.visits.*;java.base/*;!*"));
        return in.readObject();
    }

    Map<String, Object> readSlots(InputStream yaml) {
        // SnakeYAML before 2.0 builds any class a global tag names.
        return YAML.load(yaml);
    }

    Map<String, Object> readPrisons(InputStream yaml) {
        // The safe look-alike.
        return SAFE_YAML.load(yaml);
    }
}
