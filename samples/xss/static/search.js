// Search page script. Vulnerable: the search term from the URL is written as markup.
import DOMPurify from 'dompurify';

const term = new URLSearchParams(window.location.search).get('q');
document.getElementById('heading').innerHTML = 'Results for ' + term;

// Safe look-alikes: text, sanitised markup, constant markup.
document.getElementById('term').textContent = term;
document.getElementById('preview').innerHTML = DOMPurify.sanitize(window.name);
document.getElementById('results').innerHTML = '<p class="govuk-body">Searching…</p>';
