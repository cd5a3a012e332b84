package uk.gov.justice.cases;

import javax.naming.directory.DirContext;
import javax.naming.directory.SearchControls;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.parsers.DocumentBuilderFactory;
import org.springframework.ldap.support.LdapEncoder;
import org.w3c.dom.Document;

/** Case import and court-user lookup (sample; deliberately insecure). */
public class CaseImportController extends HttpServlet {
    private DirContext directory;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
        // XXE: the factory reads DTDs and resolves external entities; nothing in this class turns that off.
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        Document bundle = factory.newDocumentBuilder().parse(request.getInputStream());

        String clerk = request.getParameter("clerk");
        // LDAP injection: the clerk's name is spliced into the filter.
        directory.search("ou=clerks,dc=justice,dc=gov,dc=uk", "(&(objectClass=person)(uid=" + clerk + "))", new SearchControls());
        // Safe look-alikes: a filter argument, and an encoded value.
        directory.search("ou=clerks,dc=justice,dc=gov,dc=uk", "(uid={0})", new Object[] { clerk }, new SearchControls());
        directory.search("ou=clerks,dc=justice,dc=gov,dc=uk", "(uid=" + LdapEncoder.filterEncode(clerk) + ")", new SearchControls());

        // XPath injection: the case reference closes the quote and adds its own predicate.
        String ref = request.getParameter("ref");
        javax.xml.xpath.XPath xpath = javax.xml.xpath.XPathFactory.newInstance().newXPath();
        String court = xpath.evaluate("/bundle/case[@ref='" + ref + "']/court", bundle);
        response.getWriter().write(court);
    }
}

class HardenedImporter {
    Document parse(java.io.InputStream in) throws Exception {
        // Safe look-alike: DOCTYPEs are refused.
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(in);
    }
}
