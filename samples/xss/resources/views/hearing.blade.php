<h1>{{ $hearing->title }}</h1>
{{-- Vulnerable: the notes are written without escaping. --}}
<div class="notes">{!! $hearing->notes !!}</div>
{{-- Safe look-alikes: the CSRF field and escaped output. --}}
<form method="post">{!! csrf_field() !!}<input name="q" value="{{ request('q') }}"></form>
