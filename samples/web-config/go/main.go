package main

import (
	"log"
	"net/http"

	"github.com/rs/cors"
)

func caseHandler(w http.ResponseWriter, r *http.Request) {
	c, err := loadCase(r.URL.Query().Get("id"))
	if err != nil {
		// Exception text to the client (reported at low confidence: Go code does this a lot).
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	writeJSON(w, c)
}

func healthHandler(w http.ResponseWriter, r *http.Request) {
	if err := ping(); err != nil {
		log.Printf("ping: %v", err) // safe: logged
		http.Error(w, "unavailable", http.StatusServiceUnavailable)
	}
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/case", caseHandler)
	mux.HandleFunc("/health", healthHandler)
	handler := cors.New(cors.Options{
		AllowedOrigins:   []string{"*"},
		AllowCredentials: true,
	}).Handler(mux)
	log.Fatal(http.ListenAndServe("0.0.0.0:8080", handler))
}
