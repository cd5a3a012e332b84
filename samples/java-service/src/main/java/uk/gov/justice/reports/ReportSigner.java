package uk.gov.justice.reports;

import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.Properties;
import javax.net.ssl.X509TrustManager;

public class ReportSigner {
    private final Properties config;

    public ReportSigner(Properties config) {
        this.config = config;
    }

    public byte[] sign(byte[] report) throws Exception {
        // The algorithm comes from application.properties, which says MD5.
        String algorithm = config.getProperty("report.digest.algorithm", "SHA-256");
        return MessageDigest.getInstance(algorithm).digest(report);
    }

    /** Accepts every certificate: anyone can impersonate the reports endpoint. */
    static final X509TrustManager TRUST_ALL = new X509TrustManager() {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    };
}
