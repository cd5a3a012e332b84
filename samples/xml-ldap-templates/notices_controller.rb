# Hearing notices (sample; deliberately insecure).
class NoticesController < ApplicationController
  def preview
    # Template injection: the heading is compiled as ERB.
    render inline: "<h1>#{params[:heading]}</h1>"
  end

  def show
    # Safe look-alike: a template by name with the value as data.
    render template: "notices/show", locals: { heading: params[:heading] }
  end

  def import
    # XXE: NOENT substitutes external entities; the second parse uses the defaults.
    doc = Nokogiri::XML(request.body.read) { |config| config.strict.noent }
    plain = Nokogiri::XML(request.body.read)
    render json: { root: doc.root.name, plain: plain.root.name }
  end
end
