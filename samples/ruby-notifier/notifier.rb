require 'digest'
require 'net/http'
require 'openssl'

class Notifier
  def signature(payload)
    Digest::SHA1.hexdigest(payload)
  end

  def deliver(uri, body)
    http = Net::HTTP.new(uri.host, uri.port)
    http.use_ssl = true
    http.verify_mode = OpenSSL::SSL::VERIFY_NONE
    http.post(uri.path, body)
  end
end
