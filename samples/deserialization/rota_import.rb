# Staff rota import for a probation office (sample; deliberately insecure).
require 'json'
require 'yaml'

class RotaImportsController < ApplicationController
  def create
    # Marshal.load on a request parameter: the client chooses which objects are built.
    draft = Marshal.load(Base64.decode64(params[:draft]))
    # YAML.load is unsafe_load before Psych 4 (Ruby 3.0 and earlier).
    rota = YAML.load(params[:rota])
    render json: { draft: draft.size, shifts: rota.size }
  end

  def preview
    # The safe look-alikes.
    draft = JSON.parse(Base64.decode64(params[:draft]))
    rota = YAML.safe_load(params[:rota], permitted_classes: [Date])
    render json: { draft: draft.size, shifts: rota.size }
  end
end
