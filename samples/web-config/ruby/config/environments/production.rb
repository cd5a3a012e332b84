Rails.application.configure do
  config.eager_load = true
  config.consider_all_requests_local = true
end
