// Hearing bundles (sample; deliberately insecure).
package requestflow

import (
	"net/http"
	"os"
	"path/filepath"
)

func Bundle(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	// Path traversal: filepath.Clean does not stop ../ at the start of a relative name.
	data, _ := os.ReadFile(filepath.Join("/srv/bundles", filepath.Clean(name)))
	// Safe look-alike: filepath.Base keeps only the name.
	safe, _ := os.ReadFile(filepath.Join("/srv/bundles", filepath.Base(name)))
	w.Write(append(data, safe...))
}

func Mirror(w http.ResponseWriter, r *http.Request) {
	// SSRF: the request chooses the URL.
	resp, err := http.Get(r.FormValue("source"))
	if err == nil {
		resp.Body.Close()
	}
	// Open redirect, and a safe look-alike to a fixed path.
	if r.FormValue("home") != "" {
		http.Redirect(w, r, "/hearings", http.StatusFound)
		return
	}
	http.Redirect(w, r, r.FormValue("next"), http.StatusFound)
}
