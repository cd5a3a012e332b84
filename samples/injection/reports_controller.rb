# Probation reports controller (sample; deliberately insecure).
class ReportsController < ApplicationController
  SORTABLE = { 'due' => :due_on, 'officer' => :officer_name }.freeze

  def index
    # SQL injection: the officer name is interpolated into a condition.
    @reports = Report.where("officer_name = '#{params[:officer]}'")
    # Safe look-alikes: hash conditions and placeholders.
    @mine = Report.where(officer_name: params[:officer])
    @theirs = Report.where('officer_name = ?', params[:officer])
    # Safe look-alike: the sort column comes from a fixed map.
    @sorted = Report.order(SORTABLE.fetch(params[:sort], :due_on))
  end

  def export
    # Command injection: a single command string runs through a shell.
    system("pandoc /srv/reports/#{params[:id]}.md -o /tmp/report.pdf")
    # Safe look-alike: separate arguments run no shell.
    system('pandoc', "/srv/reports/#{params[:id]}.md", '-o', '/tmp/report.pdf')
  end

  def field
    # Code injection: the field name is evaluated as Ruby.
    render plain: eval("@report.#{params[:field]}")
  end
end
