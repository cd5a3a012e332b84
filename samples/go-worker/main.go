package main

import (
	"crypto/md5"
	"crypto/tls"
	"fmt"
	"net/http"
)

func client() *http.Client {
	return &http.Client{
		Transport: &http.Transport{
			TLSClientConfig: &tls.Config{InsecureSkipVerify: true},
		},
	}
}

func main() {
	sum := md5.Sum([]byte("prisoner-number"))
	fmt.Printf("%x\n", sum)
	resp, err := client().Get("http://queue.example.justice.gov.uk/jobs")
	if err == nil {
		defer resp.Body.Close()
	}
}
