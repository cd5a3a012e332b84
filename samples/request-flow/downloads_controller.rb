# Prison visits downloads (sample; deliberately insecure).
class DownloadsController < ApplicationController
  def show
    # Path traversal: the name reaches send_file as it came.
    send_file File.join(Rails.root, 'downloads', params[:name])
  end

  def leaflet
    # Safe look-alike: only the file name is kept.
    send_file Rails.root.join('leaflets', File.basename(params[:name]))
  end

  def mirror
    # SSRF, beside a safe look-alike with a fixed host.
    HTTParty.get("https://visits.example.gov.uk/slots/#{params[:prison]}")
    render plain: Net::HTTP.get(URI(params[:source]))
  end

  def done
    # Open redirect, beside the safe form that refuses another host.
    return redirect_to(params[:return_to], allow_other_host: false) if params[:strict]
    redirect_to params[:return_to]
  end
end
