// Listing worker HTTP handlers (sample; deliberately insecure).
package listings

import (
	"database/sql"
	"fmt"
	"net/http"
	"os/exec"
	"strconv"
)

type Server struct {
	db *sql.DB
}

func (s *Server) byCourt(w http.ResponseWriter, r *http.Request) {
	court := r.URL.Query().Get("court")
	// SQL injection: Sprintf with %s puts the court into the query.
	rows, err := s.db.Query(fmt.Sprintf("SELECT id FROM listings WHERE court = '%s'", court))
	// Safe look-alike: a placeholder with the value passed separately.
	safe, err2 := s.db.Query("SELECT id FROM listings WHERE court = $1", court)
	if err == nil && err2 == nil {
		rows.Close()
		safe.Close()
	}
}

func (s *Server) byID(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.FormValue("id"))
	if err != nil {
		return
	}
	// Safe look-alike: %d of a parsed number cannot carry SQL.
	row := s.db.QueryRow(fmt.Sprintf("SELECT court FROM listings WHERE id = %d", id))
	_ = row
}

func export(w http.ResponseWriter, r *http.Request) {
	name := r.FormValue("name")
	// Command injection: sh -c runs a script built from the request.
	exec.Command("sh", "-c", "pg_dump listings > /tmp/"+name+".sql").Run()
	// Safe look-alike: the program is run directly with separate arguments.
	exec.Command("pg_dump", "--file", "/tmp/"+name+".sql", "listings").Run()
}
