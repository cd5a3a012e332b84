package web

import (
	"html/template"
	"net/http"
)

var page = template.Must(template.New("page").Parse(`<div>{{.}}</div>`))

// Notice is vulnerable: the query parameter is marked as trusted HTML.
func Notice(w http.ResponseWriter, r *http.Request) {
	notice := template.HTML(r.URL.Query().Get("notice"))
	_ = page.Execute(w, notice)
}

// Footer is a safe look-alike: the markup is a constant.
func Footer(w http.ResponseWriter, r *http.Request) {
	_ = page.Execute(w, template.HTML("<small>Ministry of Justice</small>"))
}
